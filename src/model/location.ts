/** A place in a source file. Paths are relative to the working directory and use `/`. */
export interface Location {
  readonly file: string;
  readonly line: number;
}

export type Origin = 'hcl' | 'plan' | 'live';
