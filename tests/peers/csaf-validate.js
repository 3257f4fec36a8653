// Validates every CSAF 2.0 document on standard input (one JSON document per line) with @secvisogram/csaf-validator-lib's
// basic test set (the CSAF JSON schema and the mandatory tests of CSAF 2.0 §6.1). Writes "ok" or "invalid <failures>" per line.
'use strict';
const fs = require('node:fs');

(async () => {
  const { default: validate } = await import('@secvisogram/csaf-validator-lib/validate.js');
  const basic = await import('@secvisogram/csaf-validator-lib/basic.js');
  const tests = Object.values(basic);
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0);
  const out = [];
  for (const line of lines) {
    try {
      const result = await validate(tests, JSON.parse(line));
      const failures = result.tests.flatMap(t => t.errors.map(e => `${t.name} ${e.instancePath} ${e.message}`));
      out.push(result.isValid ? 'ok' : 'invalid ' + JSON.stringify(failures));
    } catch (e) {
      out.push('invalid ' + e.message);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
})();
