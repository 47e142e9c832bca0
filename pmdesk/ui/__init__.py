"""Qt widgets: main window, role selector, workspaces, dialogs."""
