package vn.digitalteams.team;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the value objects as their plain string (loading re-checks the format, which is cheap). */
final class ValueConverters {

    private ValueConverters() {
    }

    @Converter(autoApply = true)
    static class CitizenIdConverter implements AttributeConverter<CitizenId, String> {
        @Override
        public String convertToDatabaseColumn(CitizenId id) {
            return id == null ? null : id.value();
        }

        @Override
        public CitizenId convertToEntityAttribute(String column) {
            return column == null ? null : new CitizenId(column);
        }
    }

    @Converter(autoApply = true)
    static class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {
        @Override
        public String convertToDatabaseColumn(PhoneNumber phone) {
            return phone == null ? null : phone.value();
        }

        @Override
        public PhoneNumber convertToEntityAttribute(String column) {
            return column == null ? null : new PhoneNumber(column);
        }
    }
}
