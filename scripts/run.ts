// Runs a command with inherited output and resolves with its exit code (rejects on failure, naming the command).
import type { SpawnOptions } from 'node:child_process'
import { spawn } from 'node:child_process'

export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<0> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0)
        resolve(0)
      else
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

export const SLIDEV = new URL('../node_modules/.bin/slidev', import.meta.url).pathname
/** Runs a TypeScript script (every script here is one). */
export const TSX = new URL('../node_modules/.bin/tsx', import.meta.url).pathname
