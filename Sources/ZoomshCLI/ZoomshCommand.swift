import ArgumentParser
import ZoomShell
import LineEditing
import ZoomSandbox
import TOMLKit
