package script

// watchParent does nothing on Linux, where the kernel kills a script
// process whose supervisor dies (see package proc).
func watchParent() {}
