"""The Qt application and the command line. Qt is imported only where a window is shown."""
