// Validates every JSON document on standard input (one per line) against the JSON schema whose path is the first
// argument, with Ajv (an independent JSON Schema implementation). Writes "ok" or "invalid <errors>" per line.
'use strict';
const Ajv = require('ajv');
const fs = require('node:fs');

const schema = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
delete schema.$schema;
// FIRST's v3.0 schema is draft-04, which names the schema id "id"; Ajv 8 reads drafts 06 and later.
if (typeof schema.id === 'string') { schema.$id = schema.id; delete schema.id; }
// multipleOfPrecision: without it 9.2 is "not a multiple of 0.1" in binary floating point.
const validate = new Ajv({ strict: false, allErrors: true, multipleOfPrecision: 9 }).compile(schema);
const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0);
const out = lines.map(line => {
  try {
    return validate(JSON.parse(line)) ? 'ok' : 'invalid ' + JSON.stringify(validate.errors);
  } catch (e) {
    return 'invalid ' + e.message;
  }
});
process.stdout.write(out.join('\n') + '\n');
