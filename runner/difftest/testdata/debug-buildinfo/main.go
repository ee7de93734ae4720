// difftest: refused debug.ReadBuildInfo returns socklab's own build information
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	info, ok := debug.ReadBuildInfo()
	fmt.Println(ok, info.Main.Path, len(info.Deps))
}
