package lift

import (
	"flag"
	"reflect"
	"sync"
)

// Go's flag prints a flag's default in its usage only where it differs
// from the zero value of the flag's type, which it finds by calling
// String on a zero value that reflect makes of the flag.Value's dynamic
// type. The interpreter hands flag the script's value in a wrapper of its
// methods whose zero value says "", so a Var of a type whose zero says
// "[]" or "0" printed "(default [])" where Go prints nothing. FlagValue
// hands flag the value in a type of a pool, one per type of the script,
// whose zero value says what the script's type's says.

// flagSlot is a type argument that names a slot of the pool.
type flagSlot interface{ slot() int }

type (
	flagSlot0  struct{}
	flagSlot1  struct{}
	flagSlot2  struct{}
	flagSlot3  struct{}
	flagSlot4  struct{}
	flagSlot5  struct{}
	flagSlot6  struct{}
	flagSlot7  struct{}
	flagSlot8  struct{}
	flagSlot9  struct{}
	flagSlot10 struct{}
	flagSlot11 struct{}
	flagSlot12 struct{}
	flagSlot13 struct{}
	flagSlot14 struct{}
	flagSlot15 struct{}
)

func (flagSlot0) slot() int  { return 0 }
func (flagSlot1) slot() int  { return 1 }
func (flagSlot2) slot() int  { return 2 }
func (flagSlot3) slot() int  { return 3 }
func (flagSlot4) slot() int  { return 4 }
func (flagSlot5) slot() int  { return 5 }
func (flagSlot6) slot() int  { return 6 }
func (flagSlot7) slot() int  { return 7 }
func (flagSlot8) slot() int  { return 8 }
func (flagSlot9) slot() int  { return 9 }
func (flagSlot10) slot() int { return 10 }
func (flagSlot11) slot() int { return 11 }
func (flagSlot12) slot() int { return 12 }
func (flagSlot13) slot() int { return 13 }
func (flagSlot14) slot() int { return 14 }
func (flagSlot15) slot() int { return 15 }

// flagMaker makes a value of one slot's types: plain, and with
// IsBoolFlag, from the script's value and its wrapper.
type flagMaker struct {
	plain, boolean func(iv any, v flag.Value) flag.Value
}

// flagPool are the slots' makers.
var flagPool = [...]flagMaker{
	flagMakers[flagSlot0](), flagMakers[flagSlot1](), flagMakers[flagSlot2](), flagMakers[flagSlot3](),
	flagMakers[flagSlot4](), flagMakers[flagSlot5](), flagMakers[flagSlot6](), flagMakers[flagSlot7](),
	flagMakers[flagSlot8](), flagMakers[flagSlot9](), flagMakers[flagSlot10](), flagMakers[flagSlot11](),
	flagMakers[flagSlot12](), flagMakers[flagSlot13](), flagMakers[flagSlot14](), flagMakers[flagSlot15](),
}

func flagMakers[S flagSlot]() flagMaker {
	return flagMaker{
		func(iv any, v flag.Value) flag.Value { return flagValue[S]{iv, v} },
		func(iv any, v flag.Value) flag.Value { return flagBool[S]{iv, v} },
	}
}

// flagZeros holds, per slot, the script's type's key and the function
// that says what its zero value's String says.
var flagZeros struct {
	sync.Mutex
	keys  []string
	zeros []func() string
}

// zeroString returns what the String of the zero value of the type of
// slot i says.
func zeroString(i int) string {
	flagZeros.Lock()
	zero := flagZeros.zeros[i]
	flagZeros.Unlock()
	return zero()
}

// flagValue is a flag.Value of the script's handed to flag, whose zero
// value says what the zero value of the script's type (slot S) says.
// IValue, first, is the script's value, which the interpreter's type
// assertions look into (f.Value.(*listFlag)).
type flagValue[S flagSlot] struct {
	IValue any
	v      flag.Value
}

func (f flagValue[S]) Set(s string) error { return f.v.Set(s) }

func (f flagValue[S]) String() string {
	if f.v == nil {
		var s S
		return zeroString(s.slot())
	}
	return f.v.String()
}

// flagBool is flagValue for a value with IsBoolFlag.
type flagBool[S flagSlot] struct {
	IValue any
	v      flag.Value
}

func (f flagBool[S]) Set(s string) error { return f.v.Set(s) }

func (f flagBool[S]) String() string {
	if f.v == nil {
		var s S
		return zeroString(s.slot())
	}
	return f.v.String()
}

func (f flagBool[S]) IsBoolFlag() bool {
	b, ok := f.v.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// FlagValue returns v, a value of the script's type named key, as the
// flag.Value that the script's call of Var hands flag: in the pool's
// type of key's slot, whose zero value's String returns zero(), which
// says what the String of the zero value Go's flag makes of the type
// says. Past the pool's slots, v goes as it is.
func FlagValue(key string, v flag.Value, zero func() string) flag.Value {
	if v == nil {
		return v
	}
	flagZeros.Lock()
	i := 0
	for i < len(flagZeros.keys) && flagZeros.keys[i] != key {
		i++
	}
	if i == len(flagZeros.keys) && i < len(flagPool) {
		flagZeros.keys = append(flagZeros.keys, key)
		flagZeros.zeros = append(flagZeros.zeros, zero)
	}
	flagZeros.Unlock()
	if i == len(flagPool) {
		return v
	}
	var iv any = v
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Struct && rv.NumField() > 0 && rv.Type().Field(0).Name == "IValue" {
		iv = rv.Field(0).Interface()
	}
	if _, ok := v.(interface{ IsBoolFlag() bool }); ok {
		return flagPool[i].boolean(iv, v)
	}
	return flagPool[i].plain(iv, v)
}
