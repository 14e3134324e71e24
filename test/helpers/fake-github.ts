// A loopback node:http server that behaves like GitHub's REST API for the endpoints dsgrade
// uses, and ENFORCES GitHub's limits: 50 annotations per request (422), 65,535-char/byte
// check-run summary and 65,535-char text (422), 65,536-char comment bodies (422), 401 for an
// unknown token, 403 "Resource not accessible by integration" for a read-only token or a
// missing scope, 404 for missing refs/files/comments, 422 for a non-fast-forward ref update or
// an existing ref. Records every request (method, path, query, authorization, body).
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Scope = 'checks' | 'issues' | 'contents'
export type TokenGrant = 'write' | 'read' | Partial<Record<Scope, 'write' | 'read'>>

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | undefined
  body: string
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: string }
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title?: string; summary?: string; text?: string }
  annotations: unknown[]
}

type GitObject =
  | { type: 'tree'; files: Record<string, string> }
  | { type: 'commit'; tree: string; parents: string[]; message: string }

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const FORBIDDEN: Reply = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
  },
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  readonly commitComments: { id: number; sha: string; body: string }[] = []
  readonly checkRuns: FakeCheckRun[] = []
  readonly refs = new Map<string, string>()
  readonly objects = new Map<string, GitObject>()
  /** Returning a Reply answers the request instead of the normal handler (fault injection). */
  intercept: ((request: RecordedRequest) => Reply | undefined) | undefined
  private nextId = 1000
  private server: Server | undefined

  constructor(
    readonly repository: string,
    readonly tokens: Record<string, TokenGrant>,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined
    if (address === undefined) {
      throw new Error('fake GitHub not started')
    }
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
  }

  /** Writes requests: every request except GET. */
  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET')
  }

  /** The text of a file at the head of a branch, or undefined. */
  branchFile(branch: string, path: string): string | undefined {
    const head = this.refs.get(`refs/heads/${branch}`)
    const commit = head !== undefined ? this.objects.get(head) : undefined
    if (commit?.type !== 'commit') {
      return undefined
    }
    const tree = this.objects.get(commit.tree)
    return tree?.type === 'tree' ? tree.files[path] : undefined
  }

  /** Adds a comment as if someone else (or the bot) had written it. */
  addComment(issue: number, body: string, login = 'someone'): FakeComment {
    const comment = {
      id: this.nextId++,
      issue,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    }
    this.comments.push(comment)
    return comment
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body: Buffer.concat(chunks).toString('utf8'),
    }
    this.requests.push(request)
    let reply: Reply
    try {
      reply = this.intercept?.(request) ?? this.route(request)
    } catch (error) {
      reply = { status: 500, body: { message: String(error) } }
    }
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      ...reply.headers,
    })
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
  }

  private grant(request: RecordedRequest, scope: Scope): 'write' | 'read' | 'none' | 'unknown' {
    const token = request.authorization?.replace(/^(token|bearer) /i, '')
    const grant = token !== undefined ? this.tokens[token] : undefined
    if (grant === undefined) {
      return 'unknown'
    }
    return typeof grant === 'string' ? grant : (grant[scope] ?? 'none')
  }

  private route(request: RecordedRequest): Reply {
    const { method, path } = request
    if (path === '/user') {
      return this.grant(request, 'contents') === 'unknown'
        ? { status: 401, body: { message: 'Bad credentials' } }
        : FORBIDDEN
    }
    const prefix = `/repos/${this.repository}/`
    if (!path.startsWith(prefix)) {
      return { status: 404, body: { message: 'Not Found' } }
    }
    const rest = path.slice(prefix.length)
    const scope: Scope =
      rest.startsWith('check-runs') || /^commits\/[^/]+\/check-runs$/.test(rest)
        ? 'checks'
        : rest.startsWith('issues')
          ? 'issues'
          : 'contents'
    const grant = this.grant(request, scope)
    if (grant === 'unknown') {
      return { status: 401, body: { message: 'Bad credentials' } }
    }
    if (grant === 'none' || (grant === 'read' && method !== 'GET')) {
      return FORBIDDEN
    }
    const body = request.body === '' ? {} : (JSON.parse(request.body) as Record<string, unknown>)
    return (
      this.routeIssues(method, rest, request, body) ??
      this.routeChecks(method, rest, body) ??
      this.routeGit(method, rest, request, body) ?? { status: 404, body: { message: 'Not Found' } }
    )
  }

  private routeIssues(
    method: string,
    rest: string,
    request: RecordedRequest,
    body: Record<string, unknown>,
  ): Reply | undefined {
    let match = /^issues\/(\d+)\/comments$/.exec(rest)
    if (match !== null && method === 'GET') {
      const all = this.comments.filter((comment) => comment.issue === Number(match![1]))
      const perPage = Number(request.query.per_page ?? 30)
      const page = Number(request.query.page ?? 1)
      const slice = all.slice((page - 1) * perPage, page * perPage)
      const headers: Record<string, string> = {}
      if (page * perPage < all.length) {
        headers.link = `<${this.url}/repos/${this.repository}/${rest}?per_page=${perPage}&page=${page + 1}>; rel="next"`
      }
      return { status: 200, body: slice, headers }
    }
    if (match !== null && method === 'POST') {
      const invalid = checkCommentBody(body.body)
      if (invalid !== undefined) {
        return invalid
      }
      const comment = {
        id: this.nextId++,
        issue: Number(match[1]),
        body: body.body as string,
        user: BOT,
      }
      this.comments.push(comment)
      return { status: 201, body: comment }
    }
    match = /^issues\/comments\/(\d+)$/.exec(rest)
    if (match !== null && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(match![1]))
      if (comment === undefined) {
        return { status: 404, body: { message: 'Not Found' } }
      }
      const invalid = checkCommentBody(body.body)
      if (invalid !== undefined) {
        return invalid
      }
      comment.body = body.body as string
      return { status: 200, body: comment }
    }
    match = /^commits\/([0-9a-f]{40})\/comments$/.exec(rest)
    if (match !== null && method === 'POST') {
      const invalid = checkCommentBody(body.body)
      if (invalid !== undefined) {
        return invalid
      }
      const comment = { id: this.nextId++, sha: match[1]!, body: body.body as string }
      this.commitComments.push(comment)
      return { status: 201, body: { ...comment, user: BOT } }
    }
    return undefined
  }

  private routeChecks(
    method: string,
    rest: string,
    body: Record<string, unknown>,
  ): Reply | undefined {
    let match = /^commits\/([^/]+)\/check-runs$/.exec(rest)
    if (match !== null && method === 'GET') {
      const runs = this.checkRuns.filter((run) => run.head_sha === match![1]).reverse()
      return { status: 200, body: { total_count: runs.length, check_runs: runs } }
    }
    if (rest === 'check-runs' && method === 'POST') {
      if (
        typeof body.name !== 'string' ||
        typeof body.head_sha !== 'string' ||
        !/^[0-9a-f]{40}$/.test(body.head_sha)
      ) {
        return validation('name and a 40-hex head_sha are required')
      }
      const invalid = checkCheckRun(body)
      if (invalid !== undefined) {
        return invalid
      }
      const output = (body.output ?? {}) as FakeCheckRun['output'] & { annotations?: unknown[] }
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: String(body.status ?? 'queued'),
        conclusion: (body.conclusion as string | undefined) ?? null,
        output: { title: output.title, summary: output.summary, text: output.text },
        annotations: output.annotations ?? [],
      }
      this.checkRuns.push(run)
      return { status: 201, body: run }
    }
    match = /^check-runs\/(\d+)$/.exec(rest)
    if (match !== null && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(match![1]))
      if (run === undefined) {
        return { status: 404, body: { message: 'Not Found' } }
      }
      const invalid = checkCheckRun(body)
      if (invalid !== undefined) {
        return invalid
      }
      if (body.output !== undefined) {
        const output = body.output as FakeCheckRun['output'] & { annotations?: unknown[] }
        // A PATCH replaces the output (text left out is deleted); annotations accumulate.
        run.output = { title: output.title, summary: output.summary, text: output.text }
        run.annotations.push(...(output.annotations ?? []))
      }
      run.status = String(body.status ?? run.status)
      run.conclusion = (body.conclusion as string | undefined) ?? run.conclusion
      return { status: 200, body: run }
    }
    return undefined
  }

  private routeGit(
    method: string,
    rest: string,
    request: RecordedRequest,
    body: Record<string, unknown>,
  ): Reply | undefined {
    let match = /^git\/ref\/(heads\/.+)$/.exec(rest)
    if (match !== null && method === 'GET') {
      const sha = this.refs.get(`refs/${match[1]!}`)
      return sha === undefined
        ? { status: 404, body: { message: 'Not Found' } }
        : { status: 200, body: { ref: `refs/${match[1]!}`, object: { sha, type: 'commit' } } }
    }
    match = /^git\/commits\/([0-9a-f]{40})$/.exec(rest)
    if (match !== null && method === 'GET') {
      const commit = this.objects.get(match[1]!)
      return commit?.type !== 'commit'
        ? { status: 404, body: { message: 'Not Found' } }
        : {
            status: 200,
            body: {
              sha: match[1],
              tree: { sha: commit.tree },
              parents: commit.parents.map((sha) => ({ sha })),
              message: commit.message,
            },
          }
    }
    if (rest === 'git/trees' && method === 'POST') {
      const base = typeof body.base_tree === 'string' ? this.objects.get(body.base_tree) : undefined
      if (body.base_tree !== undefined && base?.type !== 'tree') {
        return validation('base_tree is not a tree')
      }
      const files: Record<string, string> = { ...(base?.type === 'tree' ? base.files : {}) }
      for (const entry of (body.tree ?? []) as { path: string; content?: string }[]) {
        if (typeof entry.content !== 'string') {
          return validation('tree entries need content')
        }
        files[entry.path] = entry.content
      }
      return { status: 201, body: { sha: this.store({ type: 'tree', files }) } }
    }
    if (rest === 'git/commits' && method === 'POST') {
      const parents = (body.parents ?? []) as string[]
      if (
        this.objects.get(String(body.tree))?.type !== 'tree' ||
        parents.some((p) => this.objects.get(p)?.type !== 'commit')
      ) {
        return validation('tree or parent does not exist')
      }
      return {
        status: 201,
        body: {
          sha: this.store({
            type: 'commit',
            tree: String(body.tree),
            parents,
            message: String(body.message),
          }),
        },
      }
    }
    if (rest === 'git/refs' && method === 'POST') {
      if (this.refs.has(String(body.ref))) {
        return validation('Reference already exists')
      }
      this.refs.set(String(body.ref), String(body.sha))
      return { status: 201, body: { ref: body.ref, object: { sha: body.sha } } }
    }
    match = /^git\/refs\/(heads\/.+)$/.exec(rest)
    if (match !== null && method === 'PATCH') {
      const ref = `refs/${match[1]!}`
      const current = this.refs.get(ref)
      const next = this.objects.get(String(body.sha))
      if (current === undefined) {
        return validation('Reference does not exist')
      }
      if (next?.type !== 'commit' || (body.force !== true && !next.parents.includes(current))) {
        return validation('Update is not a fast forward')
      }
      this.refs.set(ref, String(body.sha))
      return { status: 200, body: { ref, object: { sha: body.sha } } }
    }
    match = /^contents\/(.+)$/.exec(rest)
    if (match !== null && method === 'GET') {
      const ref = (request.query.ref ?? 'heads/main').replace(/^refs\//, '').replace(/^heads\//, '')
      const text = this.branchFile(ref, match[1]!)
      if (text === undefined) {
        return { status: 404, body: { message: 'Not Found' } }
      }
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          path: match[1],
          sha: gitSha(text),
          content: Buffer.from(text).toString('base64'),
        },
      }
    }
    return undefined
  }

  private store(object: GitObject): string {
    const sha = gitSha(`${JSON.stringify(object)}#${this.nextId++}`)
    this.objects.set(sha, object)
    return sha
  }
}

function gitSha(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

function validation(message: string): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ message }] } }
}

function checkCommentBody(body: unknown): Reply | undefined {
  if (typeof body !== 'string' || body === '') {
    return validation('Body cannot be blank')
  }
  if (body.length > 65_536) {
    return validation('Body is too long (maximum is 65536 characters)')
  }
  return undefined
}

function checkCheckRun(body: Record<string, unknown>): Reply | undefined {
  if (body.status === 'completed' && body.conclusion === undefined) {
    return validation('conclusion is required when status is completed')
  }
  const output = body.output as
    { title?: unknown; summary?: unknown; text?: unknown; annotations?: unknown[] } | undefined
  if (output === undefined) {
    return undefined
  }
  if (typeof output.title !== 'string' || typeof output.summary !== 'string') {
    return validation('output needs a title and a summary')
  }
  if (output.summary.length > 65_535 || Buffer.byteLength(output.summary) > 65_535) {
    return validation('output.summary is too long (maximum is 65535 characters)')
  }
  if (typeof output.text === 'string' && output.text.length > 65_535) {
    return validation('output.text is too long (maximum is 65535 characters)')
  }
  if ((output.annotations?.length ?? 0) > 50) {
    return validation(
      `No more than 50 items are allowed; ${output.annotations!.length} were supplied.`,
    )
  }
  return undefined
}
