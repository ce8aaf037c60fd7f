// Checks CloudNativePG documents as the API server would with strict field validation, using the models that
// @kubernetes-models/cloudnative-pg generates from CloudNativePG's CRDs:
//  - each document is type-checked by the TypeScript compiler against the kind's interface: an unknown field (excess
//    property of an object literal), a wrong type or a missing required field is an error;
//  - each is validated at run time by the kind's generated JSON Schema validator: patterns, enums, bounds.
// Input: a JSON file holding an array of documents. Output: one JSON line {"index": n, "problem": "..."} per problem.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = JSON.parse(readFileSync(process.argv[2], "utf8"));
const module = "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/";
const report = (index, problem) => console.log(JSON.stringify({ index, problem }));

const lines = [];
const starts = [];
for (const [i, doc] of docs.entries()) {
  if (doc.apiVersion !== "postgresql.cnpg.io/v1" || !/^[A-Z][A-Za-z]+$/.test(doc.kind ?? "")) {
    report(i, `not a CloudNativePG kind: ${doc.apiVersion}/${doc.kind}`);
    continue;
  }
  let model;
  try {
    model = (await import(module + doc.kind))[doc.kind];
  } catch (e) {
    report(i, `no model for ${doc.kind}`);
    continue;
  }
  try {
    new model(doc).validate();
  } catch (e) {
    report(i, e.message);
  }
  lines.push(`import { I${doc.kind} as T${i} } from "${module}${doc.kind}";`);
  starts.push([lines.length, i]);
  lines.push(`export const d${i}: T${i} = ${JSON.stringify(doc)};`);
}
const file = path.join(here, "documents.ts");
writeFileSync(file, lines.join("\n") + "\n");
const program = ts.createProgram([file], {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
});
for (const d of ts.getPreEmitDiagnostics(program)) {
  const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line : -1;
  const owner = [...starts].reverse().find(([l]) => l <= line);
  report(owner ? owner[1] : -1, ts.flattenDiagnosticMessageText(d.messageText, " "));
}
