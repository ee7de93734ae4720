package lift

import (
	"reflect"
	"sync"
)

// The pool of named types (see Named): NamedPerType of each underlying
// type a script may declare a type on. TestNamedPool keeps it whole.
type (
	Bool_1       bool
	Bool_2       bool
	Bool_3       bool
	Bool_4       bool
	Bool_5       bool
	Bool_6       bool
	Bool_7       bool
	Bool_8       bool
	Int_1        int
	Int_2        int
	Int_3        int
	Int_4        int
	Int_5        int
	Int_6        int
	Int_7        int
	Int_8        int
	Int8_1       int8
	Int8_2       int8
	Int8_3       int8
	Int8_4       int8
	Int8_5       int8
	Int8_6       int8
	Int8_7       int8
	Int8_8       int8
	Int16_1      int16
	Int16_2      int16
	Int16_3      int16
	Int16_4      int16
	Int16_5      int16
	Int16_6      int16
	Int16_7      int16
	Int16_8      int16
	Int32_1      int32
	Int32_2      int32
	Int32_3      int32
	Int32_4      int32
	Int32_5      int32
	Int32_6      int32
	Int32_7      int32
	Int32_8      int32
	Int64_1      int64
	Int64_2      int64
	Int64_3      int64
	Int64_4      int64
	Int64_5      int64
	Int64_6      int64
	Int64_7      int64
	Int64_8      int64
	Uint_1       uint
	Uint_2       uint
	Uint_3       uint
	Uint_4       uint
	Uint_5       uint
	Uint_6       uint
	Uint_7       uint
	Uint_8       uint
	Uint8_1      uint8
	Uint8_2      uint8
	Uint8_3      uint8
	Uint8_4      uint8
	Uint8_5      uint8
	Uint8_6      uint8
	Uint8_7      uint8
	Uint8_8      uint8
	Uint16_1     uint16
	Uint16_2     uint16
	Uint16_3     uint16
	Uint16_4     uint16
	Uint16_5     uint16
	Uint16_6     uint16
	Uint16_7     uint16
	Uint16_8     uint16
	Uint32_1     uint32
	Uint32_2     uint32
	Uint32_3     uint32
	Uint32_4     uint32
	Uint32_5     uint32
	Uint32_6     uint32
	Uint32_7     uint32
	Uint32_8     uint32
	Uint64_1     uint64
	Uint64_2     uint64
	Uint64_3     uint64
	Uint64_4     uint64
	Uint64_5     uint64
	Uint64_6     uint64
	Uint64_7     uint64
	Uint64_8     uint64
	Uintptr_1    uintptr
	Uintptr_2    uintptr
	Uintptr_3    uintptr
	Uintptr_4    uintptr
	Uintptr_5    uintptr
	Uintptr_6    uintptr
	Uintptr_7    uintptr
	Uintptr_8    uintptr
	Float32_1    float32
	Float32_2    float32
	Float32_3    float32
	Float32_4    float32
	Float32_5    float32
	Float32_6    float32
	Float32_7    float32
	Float32_8    float32
	Float64_1    float64
	Float64_2    float64
	Float64_3    float64
	Float64_4    float64
	Float64_5    float64
	Float64_6    float64
	Float64_7    float64
	Float64_8    float64
	Complex64_1  complex64
	Complex64_2  complex64
	Complex64_3  complex64
	Complex64_4  complex64
	Complex64_5  complex64
	Complex64_6  complex64
	Complex64_7  complex64
	Complex64_8  complex64
	Complex128_1 complex128
	Complex128_2 complex128
	Complex128_3 complex128
	Complex128_4 complex128
	Complex128_5 complex128
	Complex128_6 complex128
	Complex128_7 complex128
	Complex128_8 complex128
	String_1     string
	String_2     string
	String_3     string
	String_4     string
	String_5     string
	String_6     string
	String_7     string
	String_8     string
	Bytes_1      []byte
	Bytes_2      []byte
	Bytes_3      []byte
	Bytes_4      []byte
	Bytes_5      []byte
	Bytes_6      []byte
	Bytes_7      []byte
	Bytes_8      []byte
)

// namedPool lists the pool's types by the name of their underlying type,
// made at its first use rather than in every process's start.
var namedPool = sync.OnceValue(func() map[string][]reflect.Type {
	return map[string][]reflect.Type{
		"bool":       {reflect.TypeFor[Bool_1](), reflect.TypeFor[Bool_2](), reflect.TypeFor[Bool_3](), reflect.TypeFor[Bool_4](), reflect.TypeFor[Bool_5](), reflect.TypeFor[Bool_6](), reflect.TypeFor[Bool_7](), reflect.TypeFor[Bool_8]()},
		"int":        {reflect.TypeFor[Int_1](), reflect.TypeFor[Int_2](), reflect.TypeFor[Int_3](), reflect.TypeFor[Int_4](), reflect.TypeFor[Int_5](), reflect.TypeFor[Int_6](), reflect.TypeFor[Int_7](), reflect.TypeFor[Int_8]()},
		"int8":       {reflect.TypeFor[Int8_1](), reflect.TypeFor[Int8_2](), reflect.TypeFor[Int8_3](), reflect.TypeFor[Int8_4](), reflect.TypeFor[Int8_5](), reflect.TypeFor[Int8_6](), reflect.TypeFor[Int8_7](), reflect.TypeFor[Int8_8]()},
		"int16":      {reflect.TypeFor[Int16_1](), reflect.TypeFor[Int16_2](), reflect.TypeFor[Int16_3](), reflect.TypeFor[Int16_4](), reflect.TypeFor[Int16_5](), reflect.TypeFor[Int16_6](), reflect.TypeFor[Int16_7](), reflect.TypeFor[Int16_8]()},
		"int32":      {reflect.TypeFor[Int32_1](), reflect.TypeFor[Int32_2](), reflect.TypeFor[Int32_3](), reflect.TypeFor[Int32_4](), reflect.TypeFor[Int32_5](), reflect.TypeFor[Int32_6](), reflect.TypeFor[Int32_7](), reflect.TypeFor[Int32_8]()},
		"int64":      {reflect.TypeFor[Int64_1](), reflect.TypeFor[Int64_2](), reflect.TypeFor[Int64_3](), reflect.TypeFor[Int64_4](), reflect.TypeFor[Int64_5](), reflect.TypeFor[Int64_6](), reflect.TypeFor[Int64_7](), reflect.TypeFor[Int64_8]()},
		"uint":       {reflect.TypeFor[Uint_1](), reflect.TypeFor[Uint_2](), reflect.TypeFor[Uint_3](), reflect.TypeFor[Uint_4](), reflect.TypeFor[Uint_5](), reflect.TypeFor[Uint_6](), reflect.TypeFor[Uint_7](), reflect.TypeFor[Uint_8]()},
		"uint8":      {reflect.TypeFor[Uint8_1](), reflect.TypeFor[Uint8_2](), reflect.TypeFor[Uint8_3](), reflect.TypeFor[Uint8_4](), reflect.TypeFor[Uint8_5](), reflect.TypeFor[Uint8_6](), reflect.TypeFor[Uint8_7](), reflect.TypeFor[Uint8_8]()},
		"uint16":     {reflect.TypeFor[Uint16_1](), reflect.TypeFor[Uint16_2](), reflect.TypeFor[Uint16_3](), reflect.TypeFor[Uint16_4](), reflect.TypeFor[Uint16_5](), reflect.TypeFor[Uint16_6](), reflect.TypeFor[Uint16_7](), reflect.TypeFor[Uint16_8]()},
		"uint32":     {reflect.TypeFor[Uint32_1](), reflect.TypeFor[Uint32_2](), reflect.TypeFor[Uint32_3](), reflect.TypeFor[Uint32_4](), reflect.TypeFor[Uint32_5](), reflect.TypeFor[Uint32_6](), reflect.TypeFor[Uint32_7](), reflect.TypeFor[Uint32_8]()},
		"uint64":     {reflect.TypeFor[Uint64_1](), reflect.TypeFor[Uint64_2](), reflect.TypeFor[Uint64_3](), reflect.TypeFor[Uint64_4](), reflect.TypeFor[Uint64_5](), reflect.TypeFor[Uint64_6](), reflect.TypeFor[Uint64_7](), reflect.TypeFor[Uint64_8]()},
		"uintptr":    {reflect.TypeFor[Uintptr_1](), reflect.TypeFor[Uintptr_2](), reflect.TypeFor[Uintptr_3](), reflect.TypeFor[Uintptr_4](), reflect.TypeFor[Uintptr_5](), reflect.TypeFor[Uintptr_6](), reflect.TypeFor[Uintptr_7](), reflect.TypeFor[Uintptr_8]()},
		"float32":    {reflect.TypeFor[Float32_1](), reflect.TypeFor[Float32_2](), reflect.TypeFor[Float32_3](), reflect.TypeFor[Float32_4](), reflect.TypeFor[Float32_5](), reflect.TypeFor[Float32_6](), reflect.TypeFor[Float32_7](), reflect.TypeFor[Float32_8]()},
		"float64":    {reflect.TypeFor[Float64_1](), reflect.TypeFor[Float64_2](), reflect.TypeFor[Float64_3](), reflect.TypeFor[Float64_4](), reflect.TypeFor[Float64_5](), reflect.TypeFor[Float64_6](), reflect.TypeFor[Float64_7](), reflect.TypeFor[Float64_8]()},
		"complex64":  {reflect.TypeFor[Complex64_1](), reflect.TypeFor[Complex64_2](), reflect.TypeFor[Complex64_3](), reflect.TypeFor[Complex64_4](), reflect.TypeFor[Complex64_5](), reflect.TypeFor[Complex64_6](), reflect.TypeFor[Complex64_7](), reflect.TypeFor[Complex64_8]()},
		"complex128": {reflect.TypeFor[Complex128_1](), reflect.TypeFor[Complex128_2](), reflect.TypeFor[Complex128_3](), reflect.TypeFor[Complex128_4](), reflect.TypeFor[Complex128_5](), reflect.TypeFor[Complex128_6](), reflect.TypeFor[Complex128_7](), reflect.TypeFor[Complex128_8]()},
		"string":     {reflect.TypeFor[String_1](), reflect.TypeFor[String_2](), reflect.TypeFor[String_3](), reflect.TypeFor[String_4](), reflect.TypeFor[String_5](), reflect.TypeFor[String_6](), reflect.TypeFor[String_7](), reflect.TypeFor[String_8]()},
		"[]byte":     {reflect.TypeFor[Bytes_1](), reflect.TypeFor[Bytes_2](), reflect.TypeFor[Bytes_3](), reflect.TypeFor[Bytes_4](), reflect.TypeFor[Bytes_5](), reflect.TypeFor[Bytes_6](), reflect.TypeFor[Bytes_7](), reflect.TypeFor[Bytes_8]()},
	}
})
