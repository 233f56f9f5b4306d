// The Node globals a notebook cell uses most, declared as @types/node declares them: same names (so
// declarations carried from earlier cells stay valid when the full @types/node takes over), and
// never a looser type than @types/node's (so nothing compiles here that would not compile there).
// The kernel starts on this file instead of @types/node's 2.3 MB (see kernel/node_types.js); any
// cell that needs more (an import of a Node module, Buffer, fs, ...) switches to the full set.

interface Console {
  assert(value: any, message?: string, ...optionalParams: any[]): void;
  clear(): void;
  count(label?: string): void;
  countReset(label?: string): void;
  debug(message?: any, ...optionalParams: any[]): void;
  dir(obj: any, options?: { depth?: number | null; colors?: boolean; showHidden?: boolean }): void;
  error(message?: any, ...optionalParams: any[]): void;
  group(...label: any[]): void;
  groupCollapsed(...label: any[]): void;
  groupEnd(): void;
  info(message?: any, ...optionalParams: any[]): void;
  log(message?: any, ...optionalParams: any[]): void;
  table(tabularData: any, properties?: ReadonlyArray<string>): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
  timeLog(label?: string, ...data: any[]): void;
  trace(message?: any, ...optionalParams: any[]): void;
  warn(message?: any, ...optionalParams: any[]): void;
}
declare var console: Console;

declare namespace NodeJS {
  interface Timer {
    hasRef(): boolean;
    ref(): this;
    refresh(): this;
    unref(): this;
    [Symbol.toPrimitive](): number;
  }
  interface Timeout extends Timer {
    close(): this;
  }
  interface Immediate {
    hasRef(): boolean;
    ref(): this;
    unref(): this;
  }
  interface ProcessEnv {
    [key: string]: string | undefined;
  }
  interface MemoryUsage {
    rss: number;
    heapTotal: number;
    heapUsed: number;
    external: number;
    arrayBuffers: number;
  }
  interface HRTime {
    (time?: [number, number]): [number, number];
    bigint(): bigint;
  }
  interface WriteStream {
    write(chunk: string | Uint8Array, callback?: (err?: Error) => void): boolean;
    columns?: number;
    isTTY?: boolean;
  }
  interface Process {
    argv: string[];
    env: ProcessEnv;
    exitCode?: number | undefined;
    pid: number;
    platform: string;
    arch: string;
    version: string;
    versions: { [key: string]: string | undefined };
    stdout: WriteStream;
    stderr: WriteStream;
    hrtime: HRTime;
    cwd(): string;
    exit(code?: number): never;
    memoryUsage(): MemoryUsage;
    cpuUsage(previousValue?: { user: number; system: number }): { user: number; system: number };
    uptime(): number;
    nextTick(callback: Function, ...args: any[]): void;
  }
  interface Require {
    (id: string): any;
    resolve(id: string): string;
  }
  interface Module {
    exports: any;
    id: string;
    filename: string;
  }
}

declare var process: NodeJS.Process;
declare var require: NodeJS.Require;
declare var module: NodeJS.Module;
declare var exports: any;
declare var __filename: string;
declare var __dirname: string;
declare var global: typeof globalThis;

declare function setTimeout<TArgs extends any[]>(callback: (...args: TArgs) => void, ms?: number, ...args: TArgs): NodeJS.Timeout;
declare function clearTimeout(timeoutId: NodeJS.Timeout | string | number | undefined): void;
declare function setInterval<TArgs extends any[]>(callback: (...args: TArgs) => void, ms?: number, ...args: TArgs): NodeJS.Timeout;
declare function clearInterval(intervalId: NodeJS.Timeout | string | number | undefined): void;
declare function setImmediate<TArgs extends any[]>(callback: (...args: TArgs) => void, ...args: TArgs): NodeJS.Immediate;
declare function clearImmediate(immediateId: NodeJS.Immediate | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T, options?: { transfer: ReadonlyArray<ArrayBuffer> }): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;

interface Performance {
  now(): number;
  readonly timeOrigin: number;
}
declare var performance: Performance;

interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer | null, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };
