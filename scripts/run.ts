// Runs a command with inherited output; rejects, naming the command, when it fails (tinyexec's error says so).
import type { SpawnOptions } from 'node:child_process'
import { x } from 'tinyexec'

export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<0> {
  await x(command, args, { throwOnError: true, nodeOptions: { stdio: 'inherit', ...options } })
  return 0
}

export const SLIDEV = new URL('../node_modules/.bin/slidev', import.meta.url).pathname
/** Runs a TypeScript script (every script here is one). */
export const TSX = new URL('../node_modules/.bin/tsx', import.meta.url).pathname
