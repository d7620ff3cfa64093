-- Runs inside `nvim --headless --clean`: starts the NOF language server with Neovim's own
-- LSP client on the current buffer, waits for its diagnostics and writes them to stdout as
-- one JSON line, then quits. The server command and root come from the environment
-- (NOF_SERVER: a JSON array, NOF_ROOT: the workspace folder). With NOF_WAIT=published it waits
-- for the server's first publication for the buffer instead (a valid file gets an empty one),
-- then a moment more, and reports the most diagnostics any publication for it carried.
local cmd = vim.json.decode(os.getenv('NOF_SERVER'))
local timeout = tonumber(os.getenv('NOF_TIMEOUT_MS') or '20000')
local wait_for_publication = os.getenv('NOF_WAIT') == 'published'

local published, most = 0, 0
local show = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == vim.uri_from_bufnr(0) then
    published = published + 1
    most = math.max(most, #result.diagnostics)
  end
  return show(err, result, ctx, config)
end

local function finish(result)
  io.stdout:write(vim.json.encode(result) .. '\n')
  io.stdout:flush()
  vim.cmd('qa!')
end

local client_id = vim.lsp.start_client({
  name = 'nof',
  cmd = cmd,
  root_dir = os.getenv('NOF_ROOT'),
  on_exit = function(code)
    if code ~= 0 then finish({ error = 'server exited with code ' .. code }) end
  end,
})
if not client_id then finish({ error = 'the language server did not start' }) end
vim.lsp.buf_attach_client(0, client_id)

local arrived
if wait_for_publication then
  arrived = vim.wait(timeout, function() return published > 0 end, 50)
  vim.wait(2000, function() return false end, 50)
else
  arrived = vim.wait(timeout, function() return #vim.diagnostic.get(0) > 0 end, 50)
end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(diagnostics, {
    line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL,
    message = d.message, source = d.source or vim.NIL,
  })
end
finish({
  arrived = arrived,
  diagnostics = diagnostics,
  published = published,
  most = most,
})
