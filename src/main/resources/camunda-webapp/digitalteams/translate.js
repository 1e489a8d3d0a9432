/*
 * Replaces known English strings that a webapp renders without going through its locale file
 * (form-js inside Tasklist, a few hard-coded texts in Cockpit, the header's app names) and locale keys
 * a template prints untranslated. Only exact strings in known places
 * are touched: a rule names the elements (CSS selector) and either their text or one attribute, and
 * a translation of the whole trimmed string; anything else, such as what a user typed, stays as it is.
 *
 * The frameworks that rendered those strings (Preact, AngularJS) rewrite a text only when their own
 * value changes, so a replaced text stays replaced; a new or changed text is seen by the observer.
 */

/**
 * A translation of whole strings: exact ones first, then patterns whose groups, and last the element that
 * shows the string, fill the Vietnamese.
 */
export function phrasebook(exact, patterns = []) {
  return (text, element) => {
    if (Object.prototype.hasOwnProperty.call(exact, text)) {
      return exact[text];
    }
    for (const [pattern, vietnamese] of patterns) {
      const match = pattern.exec(text);
      if (match) {
        return vietnamese(...match.slice(1), element);
      }
    }
    return null;
  };
}

/**
 * A translation of a locale key that a template printed as it is, through the webapp's own locale file
 * (in the page's language); null for anything that is no key or has no translation.
 */
export function fromLocale(text) {
  const injector = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(text) && window.angular
    && window.angular.element(document.documentElement).injector();
  const translated = injector && injector.get('$translate').instant(text);
  return translated && translated !== text ? translated : null;
}

function translateText(element, translation) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    const vietnamese = text && translation(text, element);
    if (vietnamese && vietnamese !== text) {
      node.data = node.data.replace(text, () => vietnamese);
    }
  }
}

function translateAttribute(element, attribute, translation) {
  const value = element.getAttribute(attribute);
  const vietnamese = value && translation(value.trim());
  if (vietnamese && vietnamese !== value) {
    element.setAttribute(attribute, vietnamese);
  }
}

/**
 * Keeps the page translated by these rules: {selector, translation} for texts inside the elements,
 * {selector, attribute, translation} for an attribute of the elements.
 */
export function keepTranslated(rules) {
  const pass = () => rules.forEach(rule => document.querySelectorAll(rule.selector).forEach(element => rule.attribute
    ? translateAttribute(element, rule.attribute, rule.translation)
    : translateText(element, rule.translation)));
  // Observer callbacks run before the browser paints, so the English never shows. Our own changes
  // come back as one more callback that finds nothing left to change.
  const attributes = rule => rule.attribute;
  const watched = {childList: true, subtree: true, characterData: true};
  if (rules.some(attributes)) {
    watched.attributeFilter = [...new Set(rules.filter(attributes).map(attributes))];
  }
  new MutationObserver(pass).observe(document.documentElement, watched);
  pass();
}
