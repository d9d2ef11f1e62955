/**
 * Live-check benchmark: the real SDK clients against the loopback fake AWS, a 5,000-account
 * organization, 50 ms injected latency on every call. Prints the calls made and the wall time,
 * with the physical floor: the longest chain of calls that must follow one another (pagination
 * is sequential) and the time the calls take at the concurrency limit, whichever is longer.
 *
 *   node bench/run-ts.mjs bench/live.bench.ts [accounts] [latencyMs]
 */
import { loadLiveOrganization, type LiveOptions } from '../src/load/live/index.js';
import { startFakeAws } from '../__tests__/load/live/fake-aws.js';
import { ROOT_ID, seedOrganization, type SeedOrganization } from '../__tests__/load/live/seed-org.js';

const accounts = Number(process.argv[2] ?? 5000);
const latencyMs = Number(process.argv[3] ?? 50);
const concurrency = 8;

const pages = (n: number): number => Math.max(1, Math.ceil(n / 20));

/** Calls that cannot overlap: DescribeOrganization, ListRoots, then down the tree the slowest path of pages. */
function serialFloor(org: SeedOrganization): number {
  const children = (id: string): string[] => org.ous.filter((o) => o.parentId === id).map((o) => o.id);
  const pathCalls = (id: string): number => {
    const own = Math.max(
      pages(org.ous.filter((o) => o.parentId === id).length),
      pages(org.accounts.filter((a) => a.parentId === id).length),
    );
    const below = children(id).map(pathCalls);
    // Child OUs are walked once the OU list is complete; the account pages run beside it.
    const ouPages = pages(children(id).length);
    return Math.max(own, ouPages + Math.max(0, ...below));
  };
  return 1 + 1 + pathCalls(ROOT_ID);
}

/** Per SCP whose targets are read: DescribePolicy, then its target pages one after another. */
function policyFloor(org: SeedOrganization, all: boolean): number {
  const read = org.policies.filter((p) => all || !/FullAWSAccess|regions|tagguard/.test(p.id));
  return pages(org.policies.length) + 1 + Math.max(0, ...read.map((p) => pages(p.targets.length)));
}

async function run(label: string, options: LiveOptions): Promise<void> {
  const org = seedOrganization(accounts);
  const aws = await startFakeAws(org, { latencyMs });
  for (const service of ['ORGANIZATIONS', 'IAM', 'STS']) process.env[`AWS_ENDPOINT_URL_${service}`] = aws.url;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'bench-not-a-secret';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  try {
    const started = performance.now();
    const load = await loadLiveOrganization({ concurrency, ...options });
    const ms = performance.now() - started;
    const calls = Object.values(load.calls).reduce((a, b) => a + b, 0);
    const serial = Math.max(serialFloor(org), policyFloor(org, options.policyTargets === 'all')) * latencyMs;
    const throughput = (calls * latencyMs) / concurrency;
    const floor = Math.max(serial, throughput);
    console.log(
      [
        `${label}: ${accounts} accounts, ${org.ous.length} OUs, ${org.policies.length} SCPs, ${latencyMs} ms per call, concurrency ${concurrency}`,
        `  nodes read ${load.org.nodes.size}, attachments ${load.org.attachments.length}, errors ${load.errors.length}`,
        `  calls ${calls}: ${JSON.stringify(load.calls)}`,
        `  wall ${Math.round(ms)} ms; floor ${Math.round(floor)} ms (serial chain ${Math.round(serial)} ms, calls/concurrency ${Math.round(throughput)} ms); ratio ${floor > 0 ? (ms / floor).toFixed(2) : 'n/a'}`,
      ].join('\n'),
    );
  } finally {
    await aws.close();
  }
}

await run("policyTargets 'root-relevant' (default)", {});
await run("policyTargets 'all'", { policyTargets: 'all' });
