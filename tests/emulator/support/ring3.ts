// Test support: an assembly fixture that builds a GDT (kernel and user code/data, a TSS), an IDT
// with an `int $0x80` gate callable from ring 3 and a generic fault handler, the SYSENTER MSRs,
// and a helper `to_user` that IRETs to ring 3 at a given address. Used with PRELUDE (guest.ts).

/// Selectors the fixture defines.
export const SEL = { kcode: 0x08, kdata: 0x10, ucode: 0x1b, udata: 0x23, tss: 0x28 } as const;

/// Assembly: `setup_ring3` (call once from main), `to_user` (EAX = user EIP; user stack set),
/// `syscall_entry` (int 0x80: EAX += 1000 and returns), `sysenter_entry` (EAX += 2000, sysexit),
/// `fault_entry` (prints "F<vector>" and exits with code vector + 100).
export const RING3 = `
  .data
  .align 8
gdt:
  .quad 0
  .quad 0x00cf9a000000ffff
  .quad 0x00cf92000000ffff
  .quad 0x00cffa000000ffff
  .quad 0x00cff2000000ffff
tss_desc:
  .quad 0
gdt_end:
gdtr: .word gdt_end - gdt - 1
  .long gdt
idtr: .word 256 * 8 - 1
  .long idt
  .bss
  .align 8
idt: .space 256 * 8
tss: .space 104
  .align 16
  .space 4096
kstack_top:
  .space 4096
ustack_top:
  .text
# set_gate: EAX = handler, ECX = vector, DL = type/attr byte
set_gate:
  lea idt(,%ecx,8), %edi
  mov %ax, (%edi)
  movw $0x08, 2(%edi)
  movb $0, 4(%edi)
  mov %dl, 5(%edi)
  shr $16, %eax
  mov %ax, 6(%edi)
  ret
setup_ring3:
  lgdt gdtr
  ljmp $0x08, $1f
1:mov $0x10, %ax
  mov %ax, %ds
  mov %ax, %es
  mov %ax, %ss
  mov $tss, %eax
  movw $103, tss_desc
  mov %ax, tss_desc + 2
  shr $16, %eax
  mov %al, tss_desc + 4
  movb $0x89, tss_desc + 5
  mov %ah, tss_desc + 7
  movl $kstack_top, tss + 4
  movl $0x10, tss + 8
  movw $104, tss + 0x66
  mov $0x28, %ax
  ltr %ax
  xor %ecx, %ecx
2:mov $fault_entry, %eax
  mov $0x8e, %dl
  call set_gate
  inc %ecx
  cmp $32, %ecx
  jb 2b
  mov $syscall_entry, %eax
  mov $0x80, %ecx
  mov $0xee, %dl
  call set_gate
  lidt idtr
  mov $0x174, %ecx
  mov $0x08, %eax
  xor %edx, %edx
  wrmsr
  mov $0x175, %ecx
  mov $kstack_top, %eax
  wrmsr
  mov $0x176, %ecx
  mov $sysenter_entry, %eax
  wrmsr
  ret
to_user:
  pushl $0x23
  pushl $ustack_top
  pushl $0x202
  pushl $0x1b
  pushl %eax
  mov $0x23, %cx
  mov %cx, %ds
  mov %cx, %es
  iret
syscall_entry:
  add $1000, %eax
  iret
sysenter_entry:
  add $2000, %eax
  sysexit
fault_entry:
  mov $0x10, %ax
  mov %ax, %ds
  mov $'F', %al
  call putc
  mov $113, %al
  jmp exit
`;
