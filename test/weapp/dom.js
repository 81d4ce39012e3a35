// simulate prefixes classes with the component tag ("main--", "comp--" for Taro's recursive
// template component), so match on the unprefixed BEM name.
function hasClass(el, name) {
  return Array.from(el.classList || []).some((c) => c === name || c === `main--${name}` || c === `comp--${name}`)
}

function allByClass(comp, name) {
  return Array.from(comp.dom.querySelectorAll('*')).filter((el) => hasClass(el, name))
}

function byClass(comp, name) {
  return allByClass(comp, name)[0] || null
}

function textOf(comp) {
  return comp.dom.textContent
}

/** Taps through j-component, so the event reaches Taro's handler, React state and setData. */
function tap(comp, selector) {
  const target = comp.querySelector(selector)
  if (!target) throw new Error(`Nothing matches ${selector}`)
  target.dispatchEvent('tap')
}

module.exports = { hasClass, allByClass, byClass, textOf, tap }
