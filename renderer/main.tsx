import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { connectDesktopShell } from './shell/desktop-shell'
import './styles/app.css'
import './styles/publish.css'
import './styles/targets.css'
import './styles/comments.css'
import './styles/workflow.css'
import './styles/find.css'
import './styles/style-check.css'
import './styles/house-style.css'
import './styles/cleanup.css'
import './styles/shell.css'
import './styles/spelling.css'

// The desktop app's native menu: its commands arrive over the preload's fixed channel.
connectDesktopShell()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
