// Unit tests of the benchmark's arithmetic only: the measurements themselves are `npm run bench`, never a test.
module.exports = require('@prepcom/jest-config')({ roots: ['<rootDir>/src'] });
