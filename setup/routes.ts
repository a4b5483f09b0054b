import { defineRoutesSetup } from '@slidev/types'
import { withReadingView } from '../components/reading/routes'

// Routes next to Slidev's own: the reading view for phones (components/reading/).
export default defineRoutesSetup(routes => withReadingView(routes))
