package vn.digitalteams.shared;

/** The body of every error answer of {@code /api}: one Vietnamese sentence a user can act on. */
public record ApiError(int status, String message) {
}
