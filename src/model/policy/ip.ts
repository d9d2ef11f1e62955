/** IPv4 and IPv6 addresses and CIDR blocks, for IpAddress / NotIpAddress. */

interface Address {
  readonly bits: 32 | 128;
  readonly value: bigint;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  // An embedded dotted IPv4 tail (`::ffff:10.0.0.1`) stands for the last two groups.
  let groupsText = text;
  let tail: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tail = parseV4(text.slice(lastColon + 1));
    if (tail === undefined) return undefined;
    groupsText = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail !== undefined) value = (value & ~0xffffffffn) | tail;
  return value;
}

function parseAddress(text: string): Address | undefined {
  if (text.includes(':')) {
    const value = parseV6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseV4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

/** Whether `address` lies in `cidr` (a bare address is a /32 or /128). Malformed input never matches. */
export function cidrContains(cidr: string, address: string): boolean {
  const [net, prefixText, extra] = cidr.trim().split('/');
  if (net === undefined || extra !== undefined) return false;
  const network = parseAddress(net);
  const candidate = parseAddress(address.trim());
  if (!network || !candidate || network.bits !== candidate.bits) return false;
  const prefix =
    prefixText === undefined ? network.bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= network.bits)) return false;
  const shift = BigInt(network.bits - prefix);
  return network.value >> shift === candidate.value >> shift;
}
