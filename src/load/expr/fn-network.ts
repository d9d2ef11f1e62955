/**
 * cidrhost, cidrnetmask, cidrsubnet and cidrsubnets, as Terraform computes them (its fork of Go's
 * net package and go-cidr): addresses are whole numbers of 32 or 128 bits, printed the way Go's
 * net.IP prints them. IP conditions in policies (`aws:SourceIp`) are often written with these.
 */
import { EvalError, Unsupported } from './errors.js';
import { argInteger, argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';

interface Network {
  /** The network's first address (the address of the prefix with its host bits cleared). */
  readonly base: bigint;
  readonly prefix: number;
  /** 32 or 128. */
  readonly bits: number;
}

/** An IPv4 part or a prefix length. */
const UP_TO_THREE_DIGITS = /^[0-9]{1,3}$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Terraform's address parser keeps Go 1.16's reading: leading zeros are decimal, not octal.
    if (!UP_TO_THREE_DIGITS.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIPv6Groups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIPv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(part)) groups.push(parseInt(part, 16));
    else return undefined;
  }
  return groups;
}

function parseIPv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseIPv6Groups(halves[0]!);
  const tail = halves.length === 2 ? parseIPv6Groups(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array<number>(missing).fill(0), ...tail])
    value = (value << 16n) | BigInt(group);
  return value;
}

function parseCidr(text: string): Network {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? '' : text.slice(slash + 1);
  const bits = address.includes(':') ? 128 : 32;
  const value = bits === 32 ? parseIPv4(address) : parseIPv6(address);
  if (value === undefined || !UP_TO_THREE_DIGITS.test(prefixText) || Number(prefixText) > bits) {
    throw new EvalError(`invalid CIDR address: ${text}`);
  }
  if (bits === 128 && value >> 32n === 0xffffn) {
    // Go prints an IPv4-mapped IPv6 address as IPv4: a mixed form we do not guess at.
    throw new Unsupported('IPv4-mapped IPv6 prefixes are not supported');
  }
  const prefix = Number(prefixText);
  return { base: value & mask(prefix, bits), prefix, bits };
}

function mask(prefix: number, bits: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function lastAddress(network: Network): bigint {
  return network.base | ((1n << BigInt(network.bits - network.prefix)) - 1n);
}

function formatAddress(value: bigint, bits: number): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  // RFC 5952, as Go writes it: the first longest run of two or more zero groups becomes "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

function formatNetwork(network: Network): string {
  return `${formatAddress(network.base, network.bits)}/${network.prefix}`;
}

/** go-cidr's NextSubnet: the prefix-`prefix` network right after the one holding `current`'s last address. */
function nextSubnet(current: Network, prefix: number): { next: Network; rollover: boolean } {
  const size = 1n << BigInt(current.bits);
  const holding: Network = {
    base: lastAddress(current) & mask(prefix, current.bits),
    prefix,
    bits: current.bits,
  };
  const after = (lastAddress(holding) + 1n) % size;
  return {
    next: { base: after & mask(prefix, current.bits), prefix, bits: current.bits },
    rollover: after === 0n,
  };
}

function contains(network: Network, address: bigint): boolean {
  return (address & mask(network.prefix, network.bits)) === network.base;
}

/** Terraform allows at most 32 new bits per step, so that a subnet number fits 32-bit hosts. */
function extension(value: number, what: string): number {
  if (value > 32) throw new EvalError(`${what}: may not extend prefix by more than 32 bits`);
  return value;
}

export const NETWORK_FUNCTIONS: Record<string, FnDef> = {
  cidrhost: def(2, 2, ([p, h]) => {
    const network = parseCidr(argString(p!, 'prefix'));
    const hostBits = BigInt(network.bits - network.prefix);
    const maxHost = (1n << hostBits) - 1n;
    const requested = BigInt(argInteger(h!, 'hostnum'));
    // A negative host number counts back from the last address: -1 is the last.
    const host = requested < 0n ? maxHost + 1n + requested : requested;
    if (host < 0n || host > maxHost) {
      throw new EvalError(`prefix of ${network.prefix} does not accommodate a host numbered ${requested}`);
    }
    return formatAddress(network.base + host, network.bits);
  }),
  cidrnetmask: def(1, 1, ([p]) => {
    const network = parseCidr(argString(p!, 'prefix'));
    if (network.bits !== 32) throw new EvalError('only IPv4 networks are supported');
    return formatAddress(mask(network.prefix, 32), 32);
  }),
  cidrsubnet: def(3, 3, ([p, n, num]) => {
    const network = parseCidr(argString(p!, 'prefix'));
    const newBits = extension(argInteger(n!, 'newbits'), 'newbits');
    const netNum = argInteger(num!, 'netnum');
    if (newBits < 0) throw new EvalError('newbits must not be negative');
    if (netNum < 0) throw new EvalError('netnum must not be negative');
    const prefix = network.prefix + newBits;
    if (prefix > network.bits) {
      throw new EvalError(`insufficient address space to extend prefix of ${network.prefix} by ${newBits}`);
    }
    if (BigInt(netNum) > (1n << BigInt(newBits)) - 1n) {
      throw new EvalError(`prefix extension of ${newBits} does not accommodate a subnet numbered ${netNum}`);
    }
    const base = network.base | (BigInt(netNum) << BigInt(network.bits - prefix));
    return formatNetwork({ base, prefix, bits: network.bits });
  }),
  cidrsubnets: def(1, Infinity, ([p, ...lengths]) => {
    const network = parseCidr(argString(p!, 'prefix'));
    if (lengths.length === 0) return [];
    const prefixes = lengths.map((value, i) => {
      const newBits = extension(argInteger(value, `newbits ${i + 1}`), `newbits ${i + 1}`);
      if (newBits < 1) throw new EvalError(`newbits ${i + 1}: must extend prefix by at least one bit`);
      const prefix = network.prefix + newBits;
      if (prefix > network.bits) {
        throw new EvalError(
          `newbits ${i + 1}: would extend prefix to ${prefix} bits, which is too long for an IPv${network.bits === 32 ? 4 : 6} address`,
        );
      }
      return prefix;
    });
    // Allocation starts from the subnet just before the network (go-cidr's PreviousSubnet), so
    // the first step lands on the network's own first address.
    const size = 1n << BigInt(network.bits);
    const first = prefixes[0]!;
    const before = (network.base - 1n + size) % size;
    let current: Network = { base: before & mask(first, network.bits), prefix: first, bits: network.bits };
    const out: string[] = [];
    for (const prefix of prefixes) {
      const { next, rollover } = nextSubnet(current, prefix);
      if (rollover || !contains(network, next.base)) {
        throw new EvalError(
          `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${formatNetwork(current)}`,
        );
      }
      current = next;
      out.push(formatNetwork(current));
    }
    return out;
  }),
};
