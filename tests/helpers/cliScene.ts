/** Reads { doc, profile, pack } as JSON on stdin and prints the Scene the command line's pipeline makes. */
import { nodeServices } from '../../src/cli/nodeServices';

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const { doc, profile, pack } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const s = await nodeServices();
if (pack) s.addPack(pack);
process.stdout.write(JSON.stringify(await s.scene(doc, { profile })));
