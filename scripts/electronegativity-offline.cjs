// Stands in for `got` inside electronegativity, which would download translations and the list of
// Electron releases on every run: the audit runs offline, so every request fails at once.
module.exports = () => Promise.reject(new Error('electronegativity runs offline in Midad'))
