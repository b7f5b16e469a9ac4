/**
 * STUB (being built): the newsroom dictionary dialog, opened by the `newsroom-dictionary` menu
 * command. Mounted once by App.
 */
export function NewsroomDictionaryDialog() {
  return null
}
