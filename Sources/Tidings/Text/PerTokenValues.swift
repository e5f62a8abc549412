/// Values stored once per word form and read per token: `values[forms[index]]`, so building
/// a per-token view copies nothing but the form numbers.
struct PerTokenValues<Value>: RandomAccessCollection {
    /// Each token's form number.
    private let forms: [Int32]
    /// The value of each form.
    private let values: [Value]

    /// Values per form, read through each token's form number.
    init(forms: [Int32], values: [Value]) {
        self.forms = forms
        self.values = values
    }

    /// The value of a form (of every token with that form number).
    func value(ofForm form: Int) -> Value { values[form] }

    /// The value of the token at an index.
    subscript(index: Int) -> Value { values[Int(forms[index])] }

    var startIndex: Int { 0 }
    var endIndex: Int { forms.count }
}
