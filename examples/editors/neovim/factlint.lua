-- factlint's language server in Neovim 0.10+: put this file in ~/.config/nvim/plugin/ (or
-- paste it into init.lua). Markdown, HTML and text buffers of a project with a .factlint.yaml
-- are checked as drafts against its corpus as you type; `vim.lsp.buf.hover()` shows a fact's
-- values across the coverage, `vim.lsp.buf.code_action()` offers the suppression comment and
-- "Open the evidence".
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'html', 'text' },
  callback = function(args)
    local root = vim.fs.root(args.buf, { '.factlint.yaml', '.factlint.yml' })
    if not root then
      return -- not a factlint project
    end
    vim.lsp.start({
      name = 'factlint',
      cmd = { 'npx', '--no-install', 'factlint', 'lsp', '--stdio' },
      root_dir = root,
    })
  end,
})
