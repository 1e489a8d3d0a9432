/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Vietnamese for everyone, whatever the browser's language; English when the user picks it in the
// user menu (see digitalteams/language.js).
import {locales} from './digitalteams/language.js';
import {app} from './digitalteams/product.js';

export default {
  locales,
  // "Tổ công nghệ số cộng đồng – Việc cần làm" in the header and the browser tab, not "Camunda Tasklist".
  app: app('tasklist'),
  // The first login's note sends people to Camunda's welcome page.
  disableWelcomeMessage: true,
  // Our scripts (digitalteams/), loaded before the app shows anything.
  customScripts: [
    // The header, login page and footer as our product's, not Camunda's.
    'scripts/digitalteams/product-frame',
    // The user's commune beside the product's name in the header.
    'scripts/digitalteams/commune-name',
    // form-js's own texts (validation messages, "Select", "Search") in Vietnamese.
    'scripts/digitalteams/form-js-vi',
    // Form labels and chosen values shown whole, not clipped.
    'scripts/digitalteams/form-fit',
    // Date pickers that close once a date is typed, refuse days that do not exist, start an activity at today.
    'scripts/digitalteams/date-picker',
    // No controls the engine API refuses these users; no priority, no commune code.
    'scripts/digitalteams/unusable-controls',
    // On a phone: the lists, or the open task on the whole screen.
    'scripts/digitalteams/phone-layout',
    // What the buttons say, what became of a case after each step, "Hồ sơ tôi đã gửi", drafts before
    // claiming, urgency.
    'scripts/digitalteams/tasklist-work'
  ]
};
