import { pdfBench } from '../bench/nodeBench';
for (const r of await pdfBench()) console.log(r.join(' | '));
