# help lists commands, explains one, or describes a field; version.
help
help set
help "auth s2s"
help settings.audio
help duration
version
help sett
