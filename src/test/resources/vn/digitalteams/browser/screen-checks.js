// What a person sees on the current screen, measured in the page (run by ScreenChecks through
// executeScript; arguments[0] lists the English words no Vietnamese screen may show).
// Only what is rendered counts: hidden elements, zero-size boxes, SVG drawings and whatever a box
// with hidden overflow clips away entirely are left out.
const englishWords = arguments[0];
const viewport = {left: 0, right: window.innerWidth, top: 0, bottom: window.innerHeight};

function describe(element) {
  const classes = typeof element.className === 'string' && element.className.trim()
    ? '.' + element.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
  const text = (element.innerText || element.value || '').trim().replace(/\s+/g, ' ').slice(0, 60);
  return element.tagName.toLowerCase() + classes + (text ? ' "' + text + '"' : '');
}

function ownText(element) {
  return [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.data.trim());
}

/** The part of the page the element may show in: what its ancestors' hidden overflow leaves. */
function clipOf(element) {
  const clip = {left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity};
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const style = getComputedStyle(ancestor);
    if (style.position === 'fixed') {
      break;
    }
    const box = ancestor.getBoundingClientRect();
    if (style.overflowX !== 'visible') {
      clip.left = Math.max(clip.left, box.left);
      clip.right = Math.min(clip.right, box.right);
    }
    if (style.overflowY !== 'visible') {
      clip.top = Math.max(clip.top, box.top);
      clip.bottom = Math.min(clip.bottom, box.bottom);
    }
  }
  return clip;
}

function shown(element) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) {
    return false;
  }
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.opacity === '0') {
    return false;
  }
  const clip = clipOf(element);
  return box.right > clip.left && box.left < clip.right && box.bottom > clip.top && box.top < clip.bottom;
}

const rendered = [...document.body.querySelectorAll('*')]
  .filter(element => !element.closest('svg, script, style, noscript') && shown(element));
// What a person reads or touches: text, form controls, pictures.
const content = rendered.filter(element => !element.closest('.sr-only')
  && (ownText(element) || element.matches('input, select, textarea, button, img')));

// Sideways: a box that scrolls sideways, content past the screen's edges or cut off at the side by a box.
const sideways = [];
rendered.forEach(element => {
  const style = getComputedStyle(element);
  if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
    sideways.push('scrolls sideways: ' + describe(element) + ' ' + element.scrollWidth + ' > ' + element.clientWidth);
  }
});
content.forEach(element => {
  const box = element.getBoundingClientRect();
  const clip = clipOf(element);
  if (box.right > viewport.right + 1 || box.left < viewport.left - 1) {
    sideways.push('past the screen edge: ' + describe(element) + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
  } else if (box.right > clip.right + 1 || box.left < clip.left - 1) {
    sideways.push('cut off at the side: ' + describe(element) + ' ' + Math.round(box.left) + '..' + Math.round(box.right)
      + ' shown ' + Math.round(clip.left) + '..' + Math.round(clip.right));
  }
});

// Cut or spilling text: a block holding text wider than its box, whether clipped (often with an
// ellipsis, also on a box around the text) or running out of it. Form fields hold what people type
// and are left out.
const cut = [];
rendered.filter(element => !element.matches('input, textarea, select, option') && !element.closest('.sr-only'))
  .forEach(element => {
    const style = getComputedStyle(element);
    const ellipsis = style.textOverflow === 'ellipsis';
    if (style.display === 'inline' || style.display === 'contents' || !(ownText(element) || ellipsis)) {
      return;
    }
    if (element.scrollWidth > element.clientWidth + 1) {
      cut.push((ellipsis ? 'ellipsis: ' : 'text wider than its box: ')
        + describe(element) + ' ' + element.scrollWidth + ' > ' + element.clientWidth);
    }
  });

// Texts running into each other: two lines of text from different elements that share pixels where both
// are read: nothing painted between them there (a dialog, a notice, a tooltip or a calendar over the page
// hides the page's text below it, which is not read, so not counted).
const lines = [];
content.filter(ownText).forEach(element => [...element.childNodes]
  .filter(node => node.nodeType === Node.TEXT_NODE && node.data.trim())
  .forEach(node => {
    const range = document.createRange();
    range.selectNodeContents(node);
    [...range.getClientRects()].filter(box => box.width > 0 && box.height > 0)
      .forEach(box => lines.push({element, box}));
  }));
const paints = element => {
  const style = getComputedStyle(element);
  return style.backgroundImage !== 'none' || !/^(transparent|rgba\(.*, 0\))$/.test(style.backgroundColor);
};
function bothRead(point, one, other) {
  const stack = document.elementsFromPoint(point.x, point.y);
  const [upper, lower] = [one, other].map(element => ({element, at: stack.indexOf(element)})).sort((a, b) => a.at - b.at);
  if (upper.at < 0) {
    return false;
  }
  return !stack.slice(0, lower.at).some(element => !element.contains(lower.element) && paints(element));
}
// Hit testing skips what takes no pointer events (Tasklist's read-only task header does not): for the
// measurement only, everything does.
const everyElementHit = document.createElement('style');
everyElementHit.textContent = '* { pointer-events: auto !important; }';
document.head.append(everyElementHit);
lines.forEach((one, i) => lines.slice(i + 1).forEach(other => {
  if (one.element === other.element || one.element.contains(other.element) || other.element.contains(one.element)) {
    return;
  }
  const left = Math.max(one.box.left, other.box.left);
  const right = Math.min(one.box.right, other.box.right);
  const top = Math.max(one.box.top, other.box.top);
  const bottom = Math.min(one.box.bottom, other.box.bottom);
  if (right - left > 2 && bottom - top > 2
      && bothRead({x: (left + right) / 2, y: (top + bottom) / 2}, one.element, other.element)) {
    cut.push('runs into another text: ' + describe(one.element) + ' and ' + describe(other.element));
  }
}));
everyElementHit.remove();

// Text a screen reader or a tooltip gives counts too: raw locale keys hide in such places.
const texts = [document.body.innerText];
rendered.forEach(element => ['title', 'placeholder', 'aria-label', 'uib-tooltip'].forEach(attribute => {
  const value = element.getAttribute(attribute);
  if (value) {
    texts.push(value);
  }
}));
// Screen-reader text is clipped to one pixel, but rendered: it has a box unless something hides it.
document.body.querySelectorAll('.sr-only').forEach(element => {
  if (element.getClientRects().length) {
    texts.push(element.textContent);
  }
});
const allText = texts.join('\n');

const rawKeys = [...new Set(allText.match(/\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\b/g) || [])];
const english = englishWords.filter(word => new RegExp('(^|[^\\p{L}])' + word + '($|[^\\p{L}])', 'u').test(allText));
const banner = [...document.querySelectorAll('.ce-eol-banner')].some(shown) || /Camunda 8/.test(allText);

return {
  scrollWidth: document.scrollingElement.scrollWidth,
  innerWidth: window.innerWidth,
  sideways: sideways,
  cut: cut,
  vendorBanner: banner,
  rawKeys: rawKeys,
  englishWords: english,
  title: document.title
};
