/** CSS imports in component tests: jsdom does not lay out, so styles are left out. */
export default {};
