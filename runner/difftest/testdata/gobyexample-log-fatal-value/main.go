// difftest: same
package main

import (
	"fmt"
	"log"
	"os"
)

type Card struct{ Rank int }

func (c Card) String() string { return fmt.Sprintf("#%d", c.Rank) }

type App struct {
	lg  *log.Logger
	die func(format string, v ...any)
}

func main() {
	lg := log.New(os.Stdout, "app: ", log.Lmsgprefix)
	lg.SetFlags(0)
	app := App{lg: lg, die: log.Fatalf}
	pr := app.lg.Println
	pr("hand", []Card{{1}, {2}})
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer fmt.Println("not printed")
	app.die("fatal: %v (%d)", Card{9}, 9)
}
