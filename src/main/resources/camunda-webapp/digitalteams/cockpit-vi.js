/*
 * Cockpit's incident tables write a few texts straight from code, not from the locale file: the type
 * "Failed Job" (the engine's failedJob), the raw "failedExternalTask", "Message is null." and, in
 * history, the states open / resolved / deleted. Loaded through customScripts in
 * cockpit/scripts/config.js; translates them while the page is Vietnamese (the wording of our
 * cockpit vi.json, e.g. its "Công việc nền bị lỗi" search criterion).
 */
import {locale} from './language.js';
import {keepTranslated, phrasebook} from './translate.js';

const incidentType = phrasebook({
  'Failed Job': 'Công việc nền bị lỗi',
  'failedJob': 'Công việc nền bị lỗi',
  'failedExternalTask': 'Việc bên ngoài bị lỗi'
});
const message = phrasebook({'Message is null.': 'Không có thông báo lỗi.'});
const incidentState = phrasebook({'open': 'Đang mở', 'resolved': 'Đã giải quyết', 'deleted': 'Đã xóa'});
const loading = phrasebook({'Loading diagram': 'Đang tải sơ đồ'});

if (locale === 'vi') {
  keepTranslated([
    {selector: 'table.incidents-tab td.type', translation: incidentType},
    {selector: 'table.incidents-tab td.message i', translation: message},
    {selector: 'table.incidents-tab td.state', translation: incidentState},
    {selector: '.placeholder-content .loading-text', translation: loading}
  ]);
}
