// Scores every CVSS vector on standard input with ae-cvss-calculator, an implementation independent of ours, and
// writes one line per vector: "base temporal overall" for v3.x (overall is the score of the vector as given:
// environmental when environmental metrics are defined, else temporal, else base), the single score for v4.0, or
// "error <message>".
'use strict';
const { Cvss3P0, Cvss3P1, Cvss4P0 } = require('ae-cvss-calculator');
const fs = require('node:fs');

const lines = fs.readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0);
const out = new Array(lines.length);
const one = x => (Math.round(x * 10) / 10).toFixed(1);
for (let i = 0; i < lines.length; i++) {
  const vector = lines[i];
  try {
    if (vector.startsWith('CVSS:4.0/')) {
      out[i] = one(new Cvss4P0(vector).calculateScores().overall);
    } else {
      const v = vector.startsWith('CVSS:3.1/') ? new Cvss3P1(vector) : new Cvss3P0(vector);
      const s = v.calculateScores();
      out[i] = `${one(s.base)} ${one(s.temporal ?? s.base)} ${one(s.overall)}`;
    }
  } catch (e) {
    out[i] = `error ${e.message}`;
  }
}
process.stdout.write(out.join('\n') + '\n');
