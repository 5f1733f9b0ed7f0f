// node to_json.js REPO OUT: the repository's YAML files as JSON (js-yaml,
// YAML 1.2 core schema), for ajv-cli, whose own YAML reader (js-yaml 3,
// YAML 1.1) turns dates into timestamps that no schema of ours accepts.
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const [repo, out] = process.argv.slice(2);
for (const folder of ['', 'actions', 'kpis']) {
  fs.mkdirSync(path.join(out, folder), { recursive: true });
  const names = folder === '' ? ['plan.yaml'] : fs.readdirSync(path.join(repo, folder));
  for (const name of names) {
    if (!/\.ya?ml$/.test(name)) continue;
    const doc = yaml.load(fs.readFileSync(path.join(repo, folder, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
    fs.writeFileSync(path.join(out, folder, name.replace(/\.ya?ml$/, '.json')), JSON.stringify(doc));
  }
}
