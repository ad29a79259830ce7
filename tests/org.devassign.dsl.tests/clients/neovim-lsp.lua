-- Drives `devassign lsp` with Neovim's built-in LSP client (Neovim 0.7, Debian 12), as an editor
-- user would: open a config, ask for completion, hover, code actions on its diagnostics and rename.
-- Run by NeovimClientTest:
--   nvim --headless -u NONE -i NONE -n -c 'luafile neovim-lsp.lua'
-- with DA_ROOT (the folder of the configs), DA_LSP (the server's command as a JSON array) and
-- DA_OUT (where the results go, one "key: value" line each). Exits 0 when it got through, 1 when not.
local root = os.getenv('DA_ROOT')
local out = assert(io.open(os.getenv('DA_OUT'), 'w'))
local function say(key, value)
  out:write(key .. ': ' .. tostring(value):gsub('\n', '\\n') .. '\n')
  out:flush()
end
local function finish(code)
  out:close()
  vim.cmd((code == 0 and 'qa!') or 'cq!')
end

local diagnostics = {}
local initialized = false
local client_id = vim.lsp.start_client({
  name = 'devassign',
  cmd = vim.fn.json_decode(os.getenv('DA_LSP')),
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'configs' } },
  on_init = function() initialized = true end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      diagnostics[result.uri] = result.diagnostics
    end,
    ['window/showMessage'] = function(_, result) say('message', result.message) end,
  },
})
if not client_id then
  say('error', 'the language server did not start')
  return finish(1)
end
if not vim.wait(120000, function() return initialized end, 50) then
  say('error', 'no initialize response in 120 s')
  return finish(1)
end
local client = vim.lsp.get_client_by_id(client_id)
say('initialized', client.server_capabilities and 'yes' or 'no')

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf, vim.uri_from_bufnr(buf)
end
-- the 0-based line and column of the first `text` in the buffer, plus `into`
local function find(buf, text, into)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then return { line = i - 1, character = col - 1 + into } end
  end
  error('no ' .. text)
end
local function request(method, params, buf)
  local response = client.request_sync(method, params, 60000, buf)
  if not response then return nil, 'timeout' end
  return response.result, response.err
end

local buf, uri = open('vm-q35.assign')

-- completion after "assign " in a new line of the config
vim.api.nvim_buf_set_lines(buf, -1, -1, false, { 'assign ' })
local last = vim.api.nvim_buf_line_count(buf) - 1
local completion = request('textDocument/completion',
  { textDocument = { uri = uri }, position = { line = last, character = 7 } }, buf)
local items = completion and (completion.items or completion) or {}
for _, item in ipairs(items) do
  if item.label == 'edu1' or item.label == 'nic' or item.label == 'group' then
    say('completion ' .. item.label, (item.kind or '-') .. ' | ' .. (item.detail or '-'))
  end
end
say('completion count', #items)
vim.api.nvim_buf_set_lines(buf, last, last + 1, false, {})

-- hover on edu2 and on BAR0 in "map edu2.BAR0"
for _, at in ipairs({ { 'edu2', 4 }, { 'BAR0', 9 } }) do
  local hover = request('textDocument/hover',
    { textDocument = { uri = uri }, position = find(buf, 'map edu2.BAR0', at[2]) }, buf)
  local value = hover and hover.contents and (hover.contents.value or hover.contents) or '-'
  say('hover ' .. at[1], type(value) == 'string' and value:match('^[^\n]*') or vim.inspect(value))
end

-- code actions on the diagnostics of a config with mistakes
local fixbuf, fixuri = open('fix.assign')
if not vim.wait(60000, function() return diagnostics[fixuri] ~= nil and #diagnostics[fixuri] > 0 end, 50) then
  say('error', 'no diagnostics for fix.assign')
  return finish(1)
end
say('diagnostics fix.assign', #diagnostics[fixuri])
for _, diagnostic in ipairs(diagnostics[fixuri]) do
  local actions, failed = request('textDocument/codeAction', {
    textDocument = { uri = fixuri }, range = diagnostic.range, context = { diagnostics = { diagnostic } } }, fixbuf)
  if failed then say('code action error', failed.message or failed) end
  actions = actions or {}
  for _, action in ipairs(actions) do
    local edits = action.edit and action.edit.changes and action.edit.changes[fixuri] or {}
    say('code action', action.title .. ' | ' .. (action.kind or '-') .. ' | ' .. #edits .. ' edit(s)')
  end
end

-- rename a consumer (references across the folder's configs), then a board device (refused)
local edit, err = request('textDocument/rename',
  { textDocument = { uri = uri }, position = find(buf, 'userspace edu-driver', 10), newName = 'edu-user' }, buf)
local files, count = 0, 0
for _, changes in pairs((edit and edit.changes) or {}) do
  files = files + 1
  count = count + #changes
end
for _, change in ipairs((edit and edit.documentChanges) or {}) do
  files = files + 1
  count = count + #(change.edits or {})
end
say('rename consumer', files .. ' file(s), ' .. count .. ' edit(s)' .. (err and (' error ' .. err.message) or ''))
local _, refused = request('textDocument/rename',
  { textDocument = { uri = uri }, position = find(buf, 'assign edu0', 7), newName = 'edu9' }, buf)
say('rename device', refused and refused.message or 'not refused')

client.stop()
finish(0)
