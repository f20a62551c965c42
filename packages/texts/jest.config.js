module.exports = require('@prepcom/jest-config')({ roots: ['<rootDir>/src'] });
