// The same notify function, deployed without the openapi permission (see config.json).
module.exports = require('../../functions/notify/index.js')
