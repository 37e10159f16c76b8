"""Evidence of what the vendor's API really sends, and how closely the local sandbox follows it.

`corpus` holds evidence cases (the vendor's own examples, and answers recorded from the real sandbox) in
one directory format; `fidelity` replays a corpus against the local sandbox and measures, per operation
and status, how many of the vendor's field paths the sandbox produces.
"""
