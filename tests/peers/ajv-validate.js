// Validates every JSON document on standard input (one per line) with Ajv against a schema, for the differential
// tests of the clearinghouse's JSON Schema validator. Arguments: the draft ("07", "2019" or "2020"), the schema's
// path, then any referenced schemas as URI=PATH (added under that URI as well as their own id). Writes "ok" or
// "invalid <first error>" per line.
'use strict';
const fs = require('node:fs');
const addFormats = require('ajv-formats');
const [draft, schemaPath, ...references] = process.argv.slice(2);
const Ajv = draft === '2020' ? require('ajv/dist/2020') : draft === '2019' ? require('ajv/dist/2019') : require('ajv');

function read(path) {
  const schema = JSON.parse(fs.readFileSync(path, 'utf8'));
  delete schema.$schema;
  // Draft-04 schemas (FIRST's CVSS v2 and v3.0) name their identifier "id"; Ajv 8 reads "$id".
  if (typeof schema.id === 'string' && schema.$id === undefined) { schema.$id = schema.id; delete schema.id; }
  return schema;
}

// multipleOfPrecision: without it 9.2 is "not a multiple of 0.1" in binary floating point.
const ajv = new Ajv({ strict: false, allErrors: false, multipleOfPrecision: 9, logger: false });
addFormats(ajv);
for (const reference of references) {
  const at = reference.indexOf('=');
  const uri = reference.slice(0, at);
  const schema = read(reference.slice(at + 1));
  ajv.addSchema(schema);
  if (schema.$id !== uri) { ajv.addSchema({ ...schema, $id: uri }); }
}
const validate = ajv.compile(read(schemaPath));
const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0);
const out = lines.map(line => {
  try {
    return validate(JSON.parse(line)) ? 'ok' : 'invalid ' + JSON.stringify(validate.errors[0]);
  } catch (e) {
    return 'invalid ' + e.message;
  }
});
process.stdout.write(out.join('\n') + '\n');
