// The same seccheck function, deployed without the openapi permission (see config.json).
module.exports = require('../../functions/seccheck/index.js')
