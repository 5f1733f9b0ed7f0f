// node validate.js SCHEMAS_DIR REPO: the js-yaml + ajv baseline. Loads every
// plan file with js-yaml (YAML 1.2 core schema: dates stay text, as in plan)
// and validates it with ajv against the same schemas/*.json, all errors
// collected. Prints the number of files and of invalid ones.
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv = require('ajv');

const [schemas, repo] = process.argv.slice(2);
const ajv = new Ajv({ strict: false, allErrors: true });
const load = (name) => ajv.compile(JSON.parse(fs.readFileSync(path.join(schemas, name), 'utf8')));
const validators = { plan: load('plan.schema.json'), actions: load('actions.schema.json'), kpis: load('kpi.schema.json') };

const files = [['plan', path.join(repo, 'plan.yaml')]];
for (const folder of ['actions', 'kpis'])
  for (const name of fs.readdirSync(path.join(repo, folder)).sort())
    if (/\.ya?ml$/.test(name)) files.push([folder, path.join(repo, folder, name)]);

let invalid = 0;
for (const [kind, file] of files) {
  const doc = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  if (!validators[kind](doc)) invalid++;
}
console.log(`${files.length} files, ${invalid} invalid`);
