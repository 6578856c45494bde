package nova.ui.assistant;

/** Where the assistant bar is in one request: nothing, waiting, the preview, slots to pick, a change to confirm. */
public enum AssistantStep { IDLE, ASKING, PREVIEW, SLOTS, CHANGE, DONE }
