"""The desktop interface: thin Qt widgets and models over the services; every change is undoable."""
