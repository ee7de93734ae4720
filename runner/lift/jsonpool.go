package lift

import "reflect"

// The compiled stand-ins of the script's types with UnmarshalJSON or
// UnmarshalText in a decoding's mirror (see JSONUnmarshalMethods): reflect
// makes no type with methods, so each of the script's types takes one of
// these, by the slot JSONUnmarshalers gives it. Each holds the script's
// value; its method calls the script's on a copy of it and keeps what
// the method left.

// jsonSlots is how many types of the script each pool holds.
const jsonSlots = 8

// jsonUnmarshalPool are the stand-ins whose UnmarshalJSON calls the
// script's; jsonTextPool, those whose UnmarshalText does.
var (
	jsonUnmarshalPool = [jsonSlots]reflect.Type{
		reflect.TypeFor[jsonU0](),
		reflect.TypeFor[jsonU1](),
		reflect.TypeFor[jsonU2](),
		reflect.TypeFor[jsonU3](),
		reflect.TypeFor[jsonU4](),
		reflect.TypeFor[jsonU5](),
		reflect.TypeFor[jsonU6](),
		reflect.TypeFor[jsonU7](),
	}
	jsonTextPool = [jsonSlots]reflect.Type{
		reflect.TypeFor[jsonT0](),
		reflect.TypeFor[jsonT1](),
		reflect.TypeFor[jsonT2](),
		reflect.TypeFor[jsonT3](),
		reflect.TypeFor[jsonT4](),
		reflect.TypeFor[jsonT5](),
		reflect.TypeFor[jsonT6](),
		reflect.TypeFor[jsonT7](),
	}
)

type jsonU0 struct{ V any }

func (s *jsonU0) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[0].call(&s.V, b) }

type jsonT0 struct{ V any }

func (s *jsonT0) UnmarshalText(b []byte) error { return jsonTextSlots[0].call(&s.V, b) }

type jsonU1 struct{ V any }

func (s *jsonU1) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[1].call(&s.V, b) }

type jsonT1 struct{ V any }

func (s *jsonT1) UnmarshalText(b []byte) error { return jsonTextSlots[1].call(&s.V, b) }

type jsonU2 struct{ V any }

func (s *jsonU2) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[2].call(&s.V, b) }

type jsonT2 struct{ V any }

func (s *jsonT2) UnmarshalText(b []byte) error { return jsonTextSlots[2].call(&s.V, b) }

type jsonU3 struct{ V any }

func (s *jsonU3) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[3].call(&s.V, b) }

type jsonT3 struct{ V any }

func (s *jsonT3) UnmarshalText(b []byte) error { return jsonTextSlots[3].call(&s.V, b) }

type jsonU4 struct{ V any }

func (s *jsonU4) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[4].call(&s.V, b) }

type jsonT4 struct{ V any }

func (s *jsonT4) UnmarshalText(b []byte) error { return jsonTextSlots[4].call(&s.V, b) }

type jsonU5 struct{ V any }

func (s *jsonU5) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[5].call(&s.V, b) }

type jsonT5 struct{ V any }

func (s *jsonT5) UnmarshalText(b []byte) error { return jsonTextSlots[5].call(&s.V, b) }

type jsonU6 struct{ V any }

func (s *jsonU6) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[6].call(&s.V, b) }

type jsonT6 struct{ V any }

func (s *jsonT6) UnmarshalText(b []byte) error { return jsonTextSlots[6].call(&s.V, b) }

type jsonU7 struct{ V any }

func (s *jsonU7) UnmarshalJSON(b []byte) error { return jsonUnmarshalSlots[7].call(&s.V, b) }

type jsonT7 struct{ V any }

func (s *jsonT7) UnmarshalText(b []byte) error { return jsonTextSlots[7].call(&s.V, b) }
