/**
 * The read worker thread: reads one import, glossary or new version (and aligns an import whose
 * file brought no alignment), and posts the result back (read-off-thread.ts).
 */
import { parentPort } from 'node:worker_threads'
import { alignParagraphs } from '../services/align'
import { arrivedTask, taskError, type TaskReply } from './read-off-thread'
import { runReadTask, type ReadTask } from './tasks'

const port = parentPort
if (!port) throw new Error('The read worker must run as a worker thread.')
// Started ahead of its job (read-off-thread.ts): the job comes as the first message.
port.once('message', (task: ReadTask) => {
  runReadTask(arrivedTask(task), alignParagraphs).then(
    (value) => port.postMessage({ ok: true, value } satisfies TaskReply),
    (err: unknown) => port.postMessage({ ok: false, error: taskError(err) } satisfies TaskReply)
  )
})
