// difftest: same
package main

// Variables declared before the types whose String and Error methods
// their initialisers call, through fmt and log.

import (
	"fmt"
	"log"
	"os"
	"strings"
)

var sb strings.Builder
var _, _ = fmt.Fprintln(&sb, "first", Red)
var pair = fmt.Sprintf("%v %+v", box{Red, Bad}, []Color{Red, Green})
var m = fmt.Sprint(map[Color]Kind{Red: Big})
var _, _ = fmt.Fprintln(&sb, "second", Bad)
var logged = func() bool { log.SetOutput(os.Stdout); log.SetFlags(0); log.Println("log", Green, Bad); return true }()
var errv error = Bad
var viaErr = errv.Error()
var viaIface = fmt.Sprint(any(Green))

type box struct {
	C Color
	E ErrCode
}

func main() {
	fmt.Print(sb.String())
	fmt.Println(pair, m, logged, viaErr, viaIface)
}

type Color uint8

func (c Color) String() string { return [...]string{"none", "red", "green"}[c] }

const (
	Red Color = iota + 1
	Green
)

type Kind string

func (k Kind) String() string { return "kind:" + string(k) }

const Big Kind = "big"

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }

const Bad ErrCode = 7
